/* TRUTH: racy - producer swaps front/back without the lock while display reads front under it */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define FRAME 32
#define FRAMES 20

struct frame {
    int seq;
    int pixels[FRAME];
};

static struct frame bufs[2];
static struct frame *front = &bufs[0];
static struct frame *back = &bufs[1];
static pthread_mutex_t swap_lock = PTHREAD_MUTEX_INITIALIZER;
static int producer_done;
static long shown_sum;
static int last_seq;

static void render(struct frame *f, int seq)
{
    f->seq = seq;
    for (int i = 0; i < FRAME; i++)
        f->pixels[i] = seq * FRAME + i;
}

static void *producer(void *arg)
{
    (void)arg;
    for (int s = 1; s <= FRAMES; s++) {
        struct frame *b;
        pthread_mutex_lock(&swap_lock);
        b = back;
        pthread_mutex_unlock(&swap_lock);
        render(b, s);
        back = front;
        front = b;
    }
    pthread_mutex_lock(&swap_lock);
    producer_done = 1;
    pthread_mutex_unlock(&swap_lock);
    return NULL;
}

static void *display(void *arg)
{
    struct frame local;
    int done = 0;
    (void)arg;
    while (!done) {
        pthread_mutex_lock(&swap_lock);
        memcpy(&local, front, sizeof local);
        done = producer_done;
        pthread_mutex_unlock(&swap_lock);
        long s = 0;
        for (int i = 0; i < FRAME; i++)
            s += local.pixels[i];
        shown_sum += s;
        last_seq = local.seq;
    }
    return NULL;
}

int main(void)
{
    pthread_t p, d;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&d, NULL, display, NULL);
    pthread_join(p, NULL);
    pthread_join(d, NULL);
    printf("last %d sum %ld\n", last_seq, shown_sum);
    return 0;
}
