/* TRUTH: racy. Thread id uses exp[0] as the expected value for every id (a typo for exp[id]): both threads' compare-exchanges read and write exp[0] plainly. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int owner = -1;
static int exp_[2] = {-1, -1};

static void *claim(void *arg)
{
    int id = (int)(long)arg;
    exp_[0] = -1;
    atomic_compare_exchange_strong(&owner, &exp_[0], id);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, claim, (void *)0);
    pthread_create(&b, NULL, claim, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", atomic_load(&owner));
    return 0;
}
