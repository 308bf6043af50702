// racy: the consumer gets the pointer as the expected value a failed CAS wrote back; the producer writes the object after publishing it (seq_cst), so the consumer's read races with that write.
#include <pthread.h>
#include <stdatomic.h>
struct msg { int a; };
static struct msg obj;
static _Atomic(struct msg *) slot;
static void *producer(void *x)
{
    (void)x;
    atomic_store(&slot, &obj);
    obj.a = 2;
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct msg *seen = NULL;
    atomic_compare_exchange_strong(&slot, &seen, NULL);
    return seen ? (void *)(long)seen->a : NULL;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
