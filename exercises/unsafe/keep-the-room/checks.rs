use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`transfer` hands back the tenant's own `String`, moved out of the lease, not a copy", moves_the_name),
    ("`transfer` releases no room: the lease's destructor prints nothing", releases_nothing),
];

fn moves_the_name() {
    let lease = Lease { tenant: String::from("Linus"), room: 3 };
    let at = lease.tenant.as_ptr();
    let (tenant, room) = transfer(lease);
    check_eq!((tenant.as_str(), room), ("Linus", 3));
    check!(tenant.as_ptr() == at, "the name came back as a copy: move the `String` out of the lease instead");
}

fn releases_nothing() {
    let out = printed(|| {
        let _ = transfer(Lease { tenant: String::from("Grace"), room: 9 });
    });
    check_eq!(out.as_str(), "");
}

