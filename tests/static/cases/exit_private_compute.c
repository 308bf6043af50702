// A branch that ends the run on a value every run of the function computes alike (a loop's
// sum of constants, a counter) is no error path: a run may always take it, so what follows
// is not surely reached (possible, not definite). A program's own function that always ends
// the run (reach_error) ends it in such a branch too. An object handed on as &*n is n's.
#include <pthread.h>
#include <stdlib.h>

struct node {
    int val;
};

static struct node *head;
static int shared, other;

static void reach_error(void)
{
    abort();
}

static void *summer(void *arg)
{
    (void)arg;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += i;
    if (s == 6)
        pthread_exit(NULL);
    shared = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *checker(void *arg)
{
    (void)arg;
    int bits = 3;
    bits &= 2;
    if (bits)
        reach_error();
    other = 1; // RACE (possible): never reached, but not proved so
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    return (void *)(long)head->val; // RACE
}

int main(void)
{
    pthread_t t[3];
    static struct node one;
    struct node *n = &one;
    n->val = 1;
    head = &*n;
    pthread_create(&t[0], NULL, summer, NULL);
    pthread_create(&t[1], NULL, checker, NULL);
    pthread_create(&t[2], NULL, reader, NULL);
    shared = 2;
    other = 2;
    n->val = 7; // RACE
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
