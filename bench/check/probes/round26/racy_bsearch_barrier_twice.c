/* TRUTH: racy. bsearch for a key smaller than all 3 entries calls the comparator exactly twice
   (middle, then first). Barrier b has count 3; waiters: scanner (in each comparator call),
   peer1, peer2. Generation 1 = scanner's first wait + peer1 + peer2; then scanner's second
   comparator call writes `probe` while peer1/peer2 read it after their wait (scanner then
   blocks forever in its second wait; main does not join it). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_barrier_t b;
static int probe;
static const int sorted[3] = {10, 20, 30};

static int cmp_step(const void *k, const void *e)
{
    probe = *(const int *)e; /* the element being looked at */
    pthread_barrier_wait(&b);
    return *(const int *)k - *(const int *)e;
}

static void *scanner(void *arg)
{
    int key = 1;
    (void)arg;
    bsearch(&key, sorted, 3, sizeof sorted[0], cmp_step);
    return NULL;
}

static void *peer(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&b);
    printf("probe %d\n", probe);
    return NULL;
}

int main(void)
{
    pthread_t s, p1, p2;
    pthread_barrier_init(&b, NULL, 3);
    pthread_create(&s, NULL, scanner, NULL);
    pthread_create(&p1, NULL, peer, NULL);
    pthread_create(&p2, NULL, peer, NULL);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    return 0;
}
