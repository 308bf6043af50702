// Spin locks left by a break (or a return) once the lock is held: while (1) { if (CAS(&l, 0, 1)) break; },
// and a compare-and-swap function of the program's atomic sections
// (if (*v == e) { *v = u; *r = 1; } else *r = 0;) before if (r) break;. The lock is held after
// the loop. A function that only looks like one (it never reports failure) takes nothing.
#include <pthread.h>

int l1, l2, l3, l4;
int a, b, c, d;

void __VERIFIER_atomic_CAS(int *v, int e, int u, int *r)
{
    if (*v == e) {
        *v = u;
        *r = 1;
    } else {
        *r = 0;
    }
}

void __VERIFIER_atomic_maybe_CAS(int *v, int e, int u, int *r)
{
    if (*v == e)
        *v = u;
    *r = 1;
}

void __VERIFIER_atomic_release(int *v)
{
    *v = 0;
}

static void take_l4(void)
{
    int r;
    while (1) {
        __VERIFIER_atomic_CAS(&l4, 0, 1, &r);
        if (r)
            return; /* returns holding l4 */
    }
}

static void *worker(void *arg)
{
    (void)arg;
    while (1) {
        if (__sync_bool_compare_and_swap(&l1, 0, 1))
            break;
    }
    a++; // NORACE: under l1
    __sync_lock_release(&l1);
    int r;
    while (1) {
        __VERIFIER_atomic_CAS(&l2, 0, 1, &r);
        if (r)
            break;
    }
    b++; // NORACE: under l2
    __VERIFIER_atomic_release(&l2);
    int s;
    while (1) {
        __VERIFIER_atomic_maybe_CAS(&l3, 0, 1, &s);
        if (s)
            break;
    }
    c++; // RACE (possible): maybe_CAS reports success even when it took nothing
    __VERIFIER_atomic_release(&l3);
    take_l4();
    d++; // NORACE: under l4, taken by the loop left by a return
    __VERIFIER_atomic_release(&l4);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return a + b + c + d;
}
