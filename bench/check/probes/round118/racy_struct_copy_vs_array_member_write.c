/* TRUTH: racy — the logger copies the whole 'struct nic' through a pointer taken from a void* field while main writes gnic.mac[5], an element of an array member */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct nic { int ifindex; uint8_t mac[6]; };
static struct nic gnic = { 2, { 2, 0, 0, 0, 0, 1 } };

struct watcher { void *priv; };

static void *logger(void *arg)
{
    struct watcher *w = arg;
    struct nic *n = w->priv;
    unsigned s = 0;
    for (int i = 0; i < 40; i++) {
        struct nic snap = *n;
        s += snap.mac[5];
        usleep(250);
    }
    printf("%u\n", s);
    return NULL;
}

int main(void)
{
    pthread_t t;
    static struct watcher w = { &gnic };
    pthread_create(&t, NULL, logger, &w);
    for (int i = 0; i < 40; i++) {
        gnic.mac[5] = (uint8_t)i;
        usleep(250);
    }
    pthread_join(t, NULL);
    return 0;
}
