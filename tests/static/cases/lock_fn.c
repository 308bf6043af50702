// ARGS: --lock-fn my_lock:my_unlock --lock-fn enter_critical:exit_critical
// User lock wrappers and an argument-less critical section, declared with --lock-fn.
#include <pthread.h>

struct lock {
    int word;
};

void my_lock(struct lock *l);
void my_unlock(struct lock *l);
void enter_critical(void);
void exit_critical(void);

static struct lock big;
static int balance;
static int events;
static int loose;

static void *worker(void *arg)
{
    (void)arg;
    my_lock(&big);
    balance += 10; // NORACE
    my_unlock(&big);
    enter_critical();
    events++; // NORACE
    exit_critical();
    loose++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
