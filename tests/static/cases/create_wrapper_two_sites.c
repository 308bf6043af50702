// One create wrapper called from two loops of main over the same array: the threads of the
// second loop get the elements the first loop's threads have.
#include <pthread.h>

#define N 3
struct slot { pthread_t tid; long sum; };
static struct slot slots[N];

static void *work(void *arg)
{
    struct slot *s = arg;
    s->sum += 1; // RACE (possible): slots[i] goes to two threads
    return NULL;
}

static void spawn(struct slot *s) { pthread_create(&s->tid, NULL, work, s); }

int main(void)
{
    for (int i = 0; i < N; i++)
        spawn(&slots[i]);
    for (int i = 0; i < N; i++)
        spawn(&slots[i]);
    for (int i = 0; i < N; i++)
        pthread_join(slots[i].tid, NULL);
    return 0;
}
