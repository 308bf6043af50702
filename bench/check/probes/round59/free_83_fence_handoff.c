/* TRUTH: free — writer: plain writes to frame, atomic_thread_fence(release), relaxed store of seqno; reader: relaxed load sees seqno==1, atomic_thread_fence(acquire), then plain reads; fence-fence synchronization orders the writes before the reads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static struct { int w, h; char tag; } frame;
static atomic_int seqno;

static void *writer(void *a)
{
    (void)a;
    frame.w = 640;
    frame.h = 480;
    frame.tag = 'F';
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&seqno, 1, memory_order_relaxed);
    return NULL;
}

static void *reader(void *a)
{
    int *area = a;
    while (atomic_load_explicit(&seqno, memory_order_relaxed) != 1)
        ;
    atomic_thread_fence(memory_order_acquire);
    *area = frame.w * frame.h + frame.tag;
    return NULL;
}

int main(void)
{
    int area = 0;
    pthread_t w, r;
    pthread_create(&r, NULL, reader, &area);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", area);
    return 0;
}
