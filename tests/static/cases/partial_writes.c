// memset/memcpy of fewer bytes than the object write some of its fields, which ones is not
// known: their races are possible, not definite; of the whole size, every field. A global
// whose address appears only in another global's initializer is address-taken; so is a
// main's local named in an aggregate's initializer that is handed to a thread. bsearch's
// comparator (its fifth argument) runs in the caller.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct pair {
    int a, b;
} prefix, whole;
static int target;
static int *alias = &target;
int last;

static int cmp(const void *k, const void *e)
{
    last = *(const int *)e; // RACE: both threads' searches
    return *(const int *)k - *(const int *)e;
}

static void *worker(void *arg)
{
    (void)arg;
    prefix.b = 1; // RACE (possible): main's memset covers maybe only .a
    whole.b = 1; // RACE (definite)
    *alias = 5; // RACE: main writes target
    return NULL;
}

static void *searcher(void *arg)
{
    (void)arg;
    static const int table[] = {1, 2, 3};
    int key = 2;
    bsearch(&key, table, 3, sizeof table[0], cmp);
    return NULL;
}

int main(void)
{
    pthread_t t, u, v;
    pthread_create(&t, NULL, worker, NULL);
    pthread_create(&u, NULL, searcher, NULL);
    pthread_create(&v, NULL, searcher, NULL);
    memset(&prefix, 0, sizeof(int)); // RACE (possible)
    memset(&whole, 0, sizeof whole); // RACE (definite)
    target = 1; // RACE
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    pthread_join(v, NULL);
    return 0;
}
