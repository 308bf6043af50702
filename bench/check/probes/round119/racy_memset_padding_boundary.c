/* TRUTH: racy — memset(&slot, 0, 5) covers tag, the 3 padding bytes and the first byte of val (offset 4), which the producer writes */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct mbox_slot {
    char tag;
    int val;
    int owner;
};

static struct mbox_slot slot = { 'I', 0, 1 };

static void *consumer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        memset(&slot, 0, 5); /* ack: clear tag and low byte of val */
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, consumer, NULL);
    for (int i = 0; i < 60; i++) {
        slot.val = 1000 + i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("val=%d\n", slot.val);
    return 0;
}
