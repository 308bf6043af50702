/* TRUTH: race-free. seq_cst fences are release and acquire fences: sender writes note, seq_cst fence, relaxed store of sent; receiver spins on relaxed loads of sent, seq_cst fence, then reads and rewrites note: the fences synchronize. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

int note;
atomic_int sent;

void *sender(void *arg)
{
    (void)arg;
    note = 5;
    atomic_thread_fence(memory_order_seq_cst);
    atomic_store_explicit(&sent, 1, memory_order_relaxed);
    return NULL;
}

void *receiver(void *arg)
{
    (void)arg;
    while (atomic_load_explicit(&sent, memory_order_relaxed) == 0)
        ;
    atomic_thread_fence(memory_order_seq_cst);
    note = note + 1;
    printf("%d\n", note);
    return NULL;
}

int main(void)
{
    pthread_t r, s;
    pthread_create(&r, NULL, receiver, NULL);
    pthread_create(&s, NULL, sender, NULL);
    pthread_join(r, NULL);
    pthread_join(s, NULL);
    return 0;
}
