// racy: one thread writes the packet through the word view while the other writes its first byte.
#include <pthread.h>
#include <stdio.h>

union packet { unsigned int word; unsigned char bytes[4]; };
static union packet pkt;

static void *set_word(void *arg) { pkt.word = 0xdeadbeef; return NULL; }
static void *set_flag(void *arg) { pkt.bytes[0] = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_word, NULL);
    pthread_create(&b, NULL, set_flag, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
