/* TRUTH: racy. main calls start through a function-pointer variable; start creates a thread writing level, which main writes right after without synchronization. */
#include <pthread.h>
#include <stdio.h>

static pthread_t th;
static int level;

static void *bump(void *arg)
{
    (void)arg;
    level++;
    return NULL;
}

static void start(void) { pthread_create(&th, NULL, bump, NULL); }

int main(void)
{
    void (*init)(void) = start;
    init();
    level = 7;
    pthread_join(th, NULL);
    printf("%d\n", level);
    return 0;
}
