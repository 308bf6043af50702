/* TRUTH: free — memset(&dev, 0, 8) reaches only id and name[0..3]; the renamer writes dev.name[12] (byte 16) only */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct netdev {
    uint32_t id;
    char name[16];
    uint32_t mtu;
};

static struct netdev dev = { 1, "eth0", 1500 };

static void *detacher(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        memset(&dev, 0, 8);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, detacher, NULL);
    for (int i = 0; i < 60; i++) {
        dev.name[12] = (char)('0' + i % 10);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("tail=%c\n", dev.name[12]);
    return 0;
}
