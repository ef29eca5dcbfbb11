use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a new thermometer has been read 0 times", new_thermometer),
    ("each call of `fahrenheit` counts one read, whatever the temperature", counts_every_read),
    ("two thermometers keep separate counts", separate_counts),
];

fn new_thermometer() {
    let t = Thermometer::new(-40.0);
    check_eq!(t.reads(), 0);
}

fn counts_every_read() {
    let t = Thermometer::new(37.0);
    for _ in 0..5 {
        check!(t.fahrenheit() > 98.0, "37 °C is about 98.6 °F");
    }
    check_eq!(t.reads(), 5);
}

fn separate_counts() {
    let a = Thermometer::new(0.0);
    let b = Thermometer::new(0.0);
    check_eq!(a.fahrenheit(), 32.0);
    check_eq!(a.fahrenheit(), 32.0);
    check_eq!(a.fahrenheit(), 32.0);
    check_eq!(b.fahrenheit(), 32.0);
    check_eq!(a.reads(), 3);
    check_eq!(b.reads(), 1);
}
