/* TRUTH: racy — HDR_BYTES expands to sizeof id + sizeof len (8 bytes), so memmove reads pkt.len, which the framer thread writes concurrently */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct packet {
    uint32_t id;
    uint32_t len;
    uint32_t csum;
    uint8_t body[64];
};

#define FIELD_SIZE(type, f) sizeof(((type *)0)->f)
#define HDR_BYTES (FIELD_SIZE(struct packet, id) + FIELD_SIZE(struct packet, len))

static struct packet pkt;

static void *framer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        pkt.len = (uint32_t)(i * 4);
        usleep(100);
    }
    return NULL;
}

static void *backup(void *arg)
{
    struct packet *save = arg;
    for (int i = 0; i < 200; i++) {
        memmove(save, &pkt, HDR_BYTES);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct packet save;
    pthread_t a, b;
    pthread_create(&a, NULL, framer, NULL);
    pthread_create(&b, NULL, backup, &save);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u\n", save.len);
    return 0;
}
