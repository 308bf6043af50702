/* TRUTH: free — `kind` is a bit-field and `count` is an ordinary (non-bit-field) member; C11 puts a bit-field and an adjacent non-bit-field member in separate memory locations; thread A writes only .kind, thread B only .count. */
#include <pthread.h>
#include <stdio.h>

struct entry {
    unsigned kind : 4;
    unsigned char count;
};
static struct entry e;

static void *set_kind(void *arg)  { (void)arg; e.kind = 9; return NULL; }
static void *set_count(void *arg) { (void)arg; for (int i = 0; i < 10; i++) e.count++; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_kind, NULL);
    pthread_create(&b, NULL, set_count, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", e.kind, e.count);
    return 0;
}
