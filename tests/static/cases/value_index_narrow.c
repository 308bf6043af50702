// Per-thread indexes only while every value stays apart: an index stored into a _Bool, cast
// to _Bool on the way to the thread, or read back as one byte gives two threads one element.
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define N 3
static int a[N], b[N], c[N], d[N];

static void *wa(void *arg) { int id = *(bool *)arg; a[id]++; return NULL; } // RACE (possible): ids 1 and 2 are both true
static void *wb(void *arg) { b[(intptr_t)arg]++; return NULL; } // RACE (possible): (bool)i is 0 or 1
static void *wc(void *arg) { bool id = (intptr_t)arg; c[id]++; return NULL; } // RACE (possible): a bool local
static void *wd(void *arg) { int id = *(int *)arg; d[id]++; return NULL; } // NORACE: whole ints

int main(void)
{
    pthread_t ta[N], tb[N], tc[N], td[N];
    bool bids[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        bids[i] = i;
        pthread_create(&ta[i], NULL, wa, &bids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_create(&tb[i], NULL, wb, (void *)(intptr_t)(bool)i);
    for (int i = 0; i < N; i++)
        pthread_create(&tc[i], NULL, wc, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&td[i], NULL, wd, &ids[i]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(ta[i], NULL);
        pthread_join(tb[i], NULL);
        pthread_join(tc[i], NULL);
        pthread_join(td[i], NULL);
    }
    return a[0] + b[0] + c[0] + d[0];
}
