/* TRUTH: racy — level_alias is declared with __attribute__((alias("level"))), so it names the same object as level; the two threads write it under different names */
#include <pthread.h>
#include <unistd.h>

int level;
extern int level_alias __attribute__((alias("level")));

void *a_fn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        level = i;
        usleep(1000);
    }
    return 0;
}

void *b_fn(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        level_alias = -i;
        usleep(1000);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, a_fn, 0);
    pthread_create(&b, 0, b_fn, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
