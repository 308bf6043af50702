/* TRUTH: racy. main writes hook.raw = (void *)tick_unlocked (union member), so hook.fn() in both timer threads runs tick_unlocked(), whose 'ticks++' and 'last_src = src' are unlocked writes made concurrently by the two threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NTIMERS 2
#define ROUNDS 32

union hook {
    void *raw;
    void (*fn)(int src);
};

static pthread_spinlock_t tick_lock;
static long ticks;
static int last_src;

static void tick_locked(int src)
{
    pthread_spin_lock(&tick_lock);
    ticks++;
    last_src = src;
    pthread_spin_unlock(&tick_lock);
}

static void tick_unlocked(int src)
{
    ticks++;
    last_src = src;
}

static union hook hook = { .fn = tick_locked };

struct timer_arg {
    int src;
    int rounds;
};

static void *timer_thread(void *p)
{
    struct timer_arg *ta = p;
    for (int r = 0; r < ta->rounds; r++) {
        if (r % 8 == 7)
            continue;            /* skipped slot */
        hook.fn(ta->src);
    }
    return NULL;
}

static void install_override(const char *env)
{
    if (env != NULL && env[0] == '1')
        return;                  /* keep the safe default */
    hook.raw = (void *)tick_unlocked;
}

int main(void)
{
    pthread_t t[NTIMERS];
    struct timer_arg args[NTIMERS];

    pthread_spin_init(&tick_lock, PTHREAD_PROCESS_PRIVATE);
    install_override(NULL);
    for (int i = 0; i < NTIMERS; i++) {
        args[i].src = i + 1;
        args[i].rounds = ROUNDS;
        if (pthread_create(&t[i], NULL, timer_thread, &args[i])) {
            perror("create");
            return 1;
        }
    }
    for (int i = 0; i < NTIMERS; i++)
        pthread_join(t[i], NULL);
    printf("ticks=%ld last=%d\n", ticks, last_src);
    pthread_spin_destroy(&tick_lock);
    return 0;
}
