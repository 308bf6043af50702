/* TRUTH: race-free. Stage one writes buf then sets stage=1 under a pthread spin lock; main spins (lock, read stage, unlock) until stage is 1, then starts stage two, which rewrites buf. */
#include <pthread.h>
#include <string.h>

static pthread_spinlock_t sl;
static int stage;
static char buf[32];

static void *one(void *arg)
{
    (void)arg;
    buf[0] = 'F';
    pthread_spin_lock(&sl);
    stage = 1;
    pthread_spin_unlock(&sl);
    return NULL;
}

static void *two(void *arg)
{
    (void)arg;
    buf[0] = 'S';
    return NULL;
}

static int current_stage(void)
{
    int s;
    pthread_spin_lock(&sl);
    s = stage;
    pthread_spin_unlock(&sl);
    return s;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&t1, NULL, one, NULL);
    while (current_stage() != 1)
        ;
    pthread_create(&t2, NULL, two, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return buf[0] == 'S' ? 0 : 1;
}
