// Synchronization the analysis does not model (semaphores, a spin on an atomic flag, a
// goto loop) makes only what a thread does after it uncertain: an access made before any
// such step, in a thread started before its starter took one, is a definite race with
// another such access; one made after it, or in a thread its starter started after one, is
// only possible. One access reached from two places, surely only after a wait and before it
// on some runs only, is not both sure and before the wait.
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>

static sem_t s1, s2, s3;
static atomic_int flag;
static sem_t s4;
static int early, handed, spun, inherited, shared_helper;

static void bump(void)
{
    shared_helper++; // RACE (possible): reached surely only after the wait, before it on some runs only
}

static void *two_sites(void *a)
{
    (void)a;
    if (*(volatile int *)&inherited < 0)
        bump();
    sem_wait(&s4);
    bump();
    return NULL;
}

static void *poster4(void *a)
{
    (void)a;
    shared_helper = 1;
    sem_post(&s4);
    return NULL;
}

static void *poster(void *a)
{
    (void)a;
    early = 1;   // RACE (definite): before its post
    handed = 1;  // RACE (possible): before the post the waiter waits for (no race)
    sem_post(&s1);
    return NULL;
}

static void *waiter(void *a)
{
    (void)a;
    early = 2;   // RACE (definite): before its wait
    sem_wait(&s1);
    handed = 2;
    return NULL;
}

static void *setter(void *a)
{
    (void)a;
    spun = 1;    // RACE (possible): before the store the spinner waits for (no race)
    atomic_store(&flag, 1);
    return NULL;
}

static void *spinner(void *a)
{
    (void)a;
again:
    if (!atomic_load(&flag))
        goto again;
    spun = 2;
    return NULL;
}

static void *first(void *a)
{
    (void)a;
    inherited = 1; // RACE (possible): main waits for the post before it starts 'second'
    sem_post(&s2);
    return NULL;
}

static void *second(void *a)
{
    (void)a;
    inherited = 2;
    sem_post(&s3);
    return NULL;
}

int main(void)
{
    pthread_t t[8];
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    sem_init(&s3, 0, 0);
    sem_init(&s4, 0, 0);
    pthread_create(&t[6], NULL, two_sites, NULL);
    pthread_create(&t[7], NULL, poster4, NULL);
    pthread_create(&t[0], NULL, poster, NULL);
    pthread_create(&t[1], NULL, waiter, NULL);
    pthread_create(&t[2], NULL, setter, NULL);
    pthread_create(&t[3], NULL, spinner, NULL);
    pthread_create(&t[4], NULL, first, NULL);
    sem_wait(&s2);
    pthread_create(&t[5], NULL, second, NULL);
    for (int i = 0; i < 8; i++)
        pthread_join(t[i], NULL);
    return early + handed + spun + inherited;
}
