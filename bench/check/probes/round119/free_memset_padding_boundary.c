/* TRUTH: free — memset(&slot, 0, 4) covers tag and its 3 padding bytes; val starts at offset 4, and only the producer touches it */
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
        memset(&slot, 0, 4);
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
