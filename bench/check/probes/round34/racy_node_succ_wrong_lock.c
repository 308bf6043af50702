/* TRUTH: racy — bump_succ(&n1) holds n1.mu (its own node's lock) while incrementing e->next->count, i.e. n2.count (line 18); bump(&n2) increments n2.count under n2.mu (line 12): two different mutexes. */
#include <pthread.h>
#include <stdio.h>

struct node { pthread_mutex_t mu; int count; struct node *next; };

static struct node n2 = { PTHREAD_MUTEX_INITIALIZER, 0, NULL };
static struct node n1 = { PTHREAD_MUTEX_INITIALIZER, 0, &n2 };

static void bump(struct node *e) {
    pthread_mutex_lock(&e->mu);
    e->count++; // @B
    pthread_mutex_unlock(&e->mu);
}

static void bump_succ(struct node *e) {
    pthread_mutex_lock(&e->mu);
    e->next->count++; // @A
    pthread_mutex_unlock(&e->mu);
}

static void *t1(void *arg) { (void)arg; bump_succ(&n1); return NULL; }
static void *t2(void *arg) { (void)arg; bump(&n2); return NULL; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", n2.count);
    return 0;
}
