/* TRUTH: racy — the writer publishes the flag before filling in the record, so the reader's reads race with the writes */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct record { int id; double score; };

static struct record rec;
static atomic_int rec_ready;

static void *writer(void *arg)
{
    (void)arg;
    atomic_store_explicit(&rec_ready, 1, memory_order_release);
    rec.id = 5;
    rec.score = 97.5;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&rec_ready, memory_order_acquire))
        ;
    printf("%d %.1f\n", rec.id, rec.score);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
