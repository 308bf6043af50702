/* TRUTH: racy — hp points at m.h (a struct inside the union) and the header thread writes hp->len, which overlaps m.b.data[0..3] that the body thread reads concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct hdr {
    uint32_t type;
    uint32_t len;
};

struct body {
    uint32_t type;
    uint8_t data[12];
};

union message {
    struct hdr h;
    struct body b;
};

static union message m;

static void *header_thread(void *arg)
{
    struct hdr *hp = arg;
    for (int i = 0; i < 200; i++) {
        hp->len = (uint32_t)i;
        usleep(100);
    }
    return NULL;
}

static void *body_thread(void *arg)
{
    long *acc = arg;
    for (int i = 0; i < 200; i++) {
        *acc += m.b.data[0];
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    long acc = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, header_thread, &m.h);
    pthread_create(&b, NULL, body_thread, &acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc);
    return 0;
}
