/* TRUTH: racy. Each iteration starts a producer and a consumer on the same slot &slots[i]:
   the producer writes slot->val while the consumer reads it, with no ordering. */
#include <pthread.h>
#include <stdio.h>

#define NS 3

struct slot {
    int val;
    int seen;
};

static struct slot slots[NS];

static void *produce(void *arg)
{
    struct slot *s = arg;
    s->val = 42;
    return NULL;
}

static void *consume(void *arg)
{
    struct slot *s = arg;
    s->seen = s->val;
    return NULL;
}

int main(void)
{
    pthread_t p[NS], c[NS];
    int i;
    for (i = 0; i < NS; i++) {
        pthread_create(&p[i], NULL, produce, &slots[i]);
        pthread_create(&c[i], NULL, consume, &slots[i]);
    }
    for (i = 0; i < NS; i++) {
        pthread_join(p[i], NULL);
        pthread_join(c[i], NULL);
    }
    printf("%d\n", slots[0].seen);
    return 0;
}
