// An atomic builtin reads and writes plain objects through its pointer operands: a failed
// compare-exchange stores the value it found into *expected, a generic __atomic_load or
// __atomic_exchange stores into its result pointer. memset of an _Atomic object is a plain
// write of its bytes. A CAS publishing node n with &n->next as expected writes n->next only
// while n is still the thread's own.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static atomic_int state;
static int observed, last_sample, prev_value, snap;
#define CAS(p, e, d) atomic_compare_exchange_strong(p, e, d)
static long src, slot, next_value = 7;
static atomic_long hits;
struct node {
    int val;
    struct node *next;
};
static _Atomic(struct node *) head;

static void *worker(void *a)
{
    (void)a;
    atomic_compare_exchange_strong(&state, &observed, 2); // RACE (possible): a failure writes observed
    __atomic_load(&src, &last_sample, __ATOMIC_ACQUIRE);  // RACE (possible): writes last_sample
    __atomic_exchange(&slot, &next_value, &prev_value, __ATOMIC_ACQ_REL); // RACE (possible): writes prev_value
    CAS(&state, &snap, 3); // RACE (possible): through a macro, a failure writes snap
    atomic_fetch_add(&hits, 1); // RACE (possible): main's memset is no atomic write
    struct node *n = malloc(sizeof *n);
    if (!n)
        return NULL;
    n->val = 1;
    n->next = atomic_load(&head);
    while (!atomic_compare_exchange_weak(&head, &n->next, n)) // NORACE: n is not published while the CAS fails
        ;
    return NULL;
}

int main(void)
{
    pthread_t t, u;
    pthread_create(&t, NULL, worker, NULL);
    pthread_create(&u, NULL, worker, NULL);
    int seen = observed + last_sample + prev_value + snap;
    memset(&hits, 0, sizeof hits);
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    return seen;
}
