/* TRUTH: racy. In handle(), the case block's `guard` cleanup (unlock of state_lock) runs when
   `break` leaves the block, so `served++` after the switch runs without state_lock, while
   auditor's `served = 0` under state_lock can run at the same time. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t state_lock = PTHREAD_MUTEX_INITIALIZER;
static int balance;
static int served;

static void unlock_state(int *unused)
{
    (void)unused;
    pthread_mutex_unlock(&state_lock);
}

static void handle(int op)
{
    switch (op) {
    case 0: {
        int guard __attribute__((cleanup(unlock_state))) = 0;
        pthread_mutex_lock(&state_lock);
        balance += 10;
        break;
    }
    default: {
        int guard __attribute__((cleanup(unlock_state))) = 0;
        pthread_mutex_lock(&state_lock);
        balance -= 1;
        break;
    }
    }
    served++;
}

static void *server(void *arg)
{
    handle((int)(long)arg);
    return NULL;
}

static void *auditor(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&state_lock);
    printf("%d %d\n", balance, served);
    served = 0;
    pthread_mutex_unlock(&state_lock);
    return NULL;
}

int main(void)
{
    pthread_t s, a;
    pthread_create(&s, NULL, server, (void *)0);
    pthread_create(&a, NULL, auditor, NULL);
    pthread_join(s, NULL);
    pthread_join(a, NULL);
    return 0;
}
