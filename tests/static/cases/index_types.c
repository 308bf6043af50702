// What weft knows of array indexes holds in C's arithmetic: an unsigned char counter under
// c < 300 wraps, an index through unsigned arithmetic wraps, a memset from an element runs
// over into the next ones, and a function locking one element's mutex and writing another
// element holds nothing of the latter. A memcpy of a whole number of elements reaches just
// those.
#include <pthread.h>
#include <string.h>

struct slot { pthread_mutex_t m; long n; };
static int small[256], wrap[8], over[8], exact[10];
static const int five[5] = {1, 2, 3, 4, 5};
static struct slot slots[4];

static void *counter(void *arg)
{
    (void)arg;
    for (unsigned char c = 200; c < 300 % 256 + 250; c++)
        small[c] = 1; // RACE (possible): c runs from 200 to 255, then wraps to 0
    return NULL;
}

static void *first(void *arg)
{
    (void)arg;
    small[3] = 2; // RACE (possible)
    wrap[2] = 1; // RACE (possible): the other thread's index wraps to 2
    memset(&over[2], 0, 4 * sizeof over[0]); // RACE (possible): over[2] to over[5]
    memcpy(&exact[5], five, 5 * sizeof exact[0]); // NORACE: exact[5] to exact[9] only
    return NULL;
}

static void move(struct slot *from, struct slot *to)
{
    pthread_mutex_lock(&from->m);
    to->n++; // RACE: slots[1].n under slots[0]'s mutex in one thread, slots[1]'s in the other
    pthread_mutex_unlock(&from->m);
}

static void *second(void *arg)
{
    unsigned k = (unsigned)(long)arg;
    wrap[k + 0xFFFFFFFFu] = 2; // RACE (possible): k is 3: element 2
    over[4] = 1; // RACE (possible)
    exact[0] = 1;
    move(&slots[0], &slots[1]);
    return NULL;
}

static void *third(void *arg)
{
    (void)arg;
    move(&slots[1], &slots[1]);
    return NULL;
}

int main(void)
{
    pthread_t a, b, c, d;
    for (int i = 0; i < 4; i++)
        pthread_mutex_init(&slots[i].m, NULL);
    pthread_create(&a, NULL, counter, NULL);
    pthread_create(&b, NULL, first, NULL);
    pthread_create(&c, NULL, second, (void *)3L);
    pthread_create(&d, NULL, third, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    pthread_join(d, NULL);
    return small[0] + wrap[2] + over[4] + exact[9];
}
