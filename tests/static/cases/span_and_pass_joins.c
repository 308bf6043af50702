// A library call's span from &buf[id] is not element id alone: an id from an atomic counter
// (each thread its own) or the join loop's index does not keep it apart from the next
// element's writer. A lock taken through the thread's pointer (&p[1].m) is not followed:
// its p[1] accesses are possible races, never definite. A thread a wrapper starts right
// after a loop pass's join of t[i] runs beside the earlier loop's later instances.
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#define N 3
struct cell { pthread_mutex_t m; int n; };
static struct cell cells[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};
static char buf[8], out[8];
static atomic_int next;
static int slot[N];
static pthread_t h[N];

static void *by_ticket(void *arg)
{
    int id = atomic_fetch_add(&next, 1);
    sprintf(&buf[id], "%c", 'a'); // RACE (possible): its NUL is the next ticket holder's buf[id + 1]
    return arg;
}

static void *writer(void *arg)
{
    intptr_t i = (intptr_t)arg;
    out[i] = 'x'; // RACE (possible): main's sprintf after joining thread i - 1 writes out[i]
    return 0;
}

static void *locked(void *arg)
{
    struct cell *p = arg;
    pthread_mutex_lock(&p[1].m);
    p[1].n++; // RACE (possible): no race (both hold cells[1].m), a lock through the pointer not followed
    pthread_mutex_unlock(&p[1].m);
    return 0;
}

static void *first(void *a)
{
    slot[(intptr_t)a] = 1; // RACE (possible): second(i - 1), started by spawn, writes it
    return 0;
}

static void *second(void *a)
{
    slot[((intptr_t)a + 1) % N] = 2;
    return 0;
}

static void spawn(pthread_t *t, intptr_t i)
{
    pthread_create(t, 0, second, (void *)i);
}

int main(void)
{
    pthread_t a, b, w[N], c, d;
    pthread_create(&a, 0, by_ticket, 0);
    pthread_create(&b, 0, by_ticket, 0);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&w[i], 0, writer, (void *)i);
    for (int i = 0; i < N; i++) {
        pthread_join(w[i], 0);
        sprintf(&out[i], "%c", 'y');
    }
    pthread_create(&c, 0, locked, cells);
    pthread_create(&d, 0, locked, cells);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&h[i], 0, first, (void *)i);
    for (intptr_t i = 0; i < N; i++) {
        pthread_join(h[i], 0);
        spawn(&h[i], i);
    }
    for (int i = 0; i < N; i++)
        pthread_join(h[i], 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    pthread_join(d, 0);
    return buf[0] + out[0] + cells[1].n + slot[0];
}
