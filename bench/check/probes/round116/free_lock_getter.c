/* TRUTH: free — both the PHY state machine and the MDIO ioctl obtain the lock through phy_lock_of(), which always returns the owning bus's mutex */
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>
#include <unistd.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct mii_bus { pthread_mutex_t mdio_lock; int id; };
struct phy_device {
    struct mii_bus *bus;
    int addr;
    int speed;
    int link;
};
struct net_priv { struct phy_device phy; int carrier; };

static struct mii_bus bus0 = { PTHREAD_MUTEX_INITIALIZER, 0 };
static struct net_priv np = { { &bus0, 1, 0, 0 }, 0 };

static pthread_mutex_t *phy_lock_of(struct phy_device *phy) { return &phy->bus->mdio_lock; }

static void phy_state_machine(struct phy_device *phy) {
    pthread_mutex_t *l = phy_lock_of(phy);
    pthread_mutex_lock(l);
    phy->link = !phy->link;
    phy->speed = phy->link ? 1000 : 0;
    pthread_mutex_unlock(l);
}

static int mdio_ioctl(struct net_priv *p, int set_speed) {
    struct phy_device *phy = &p->phy;
    pthread_mutex_lock(phy_lock_of(phy));
    if (set_speed) phy->speed = set_speed;
    int r = phy->link;
    pthread_mutex_unlock(phy_lock_of(phy));
    return r;
}

static void *phy_poll(void *a) {
    struct net_priv *p = a;
    for (int i = 0; i < 20; i++) { phy_state_machine(&p->phy); usleep(10); }
    return NULL;
}
static void *ethtool(void *a) {
    long acc = 0;
    for (int i = 0; i < 20; i++) { acc += mdio_ioctl(a, (i & 1) ? 100 : 0); usleep(10); }
    return (void *)acc;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, phy_poll, &np);
    pthread_create(&b, NULL, ethtool, &np);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", np.phy.link, np.phy.speed);
    return 0;
}
