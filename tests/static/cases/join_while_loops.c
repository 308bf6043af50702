// Join loops written as while (j < N) { join(t[j]); j++; } after j = 0, or
// do { join(t[i]); } while (++i < N) after i = 0, join every handle of [0, N) as a for loop
// does. One that starts past 0, stops short, or may skip its step joins some only.
#include <pthread.h>

#define N 3
static long all[N], short_[N], late[N], skip[N], dw[N];

static void *w_all(void *a) { long i = (long)a; all[i] = i; return NULL; }
static void *w_short(void *a) { long i = (long)a; short_[i] = i; return NULL; } // RACE (possible): t[N - 1] is never joined
static void *w_late(void *a) { long i = (long)a; late[i] = i; return NULL; } // RACE (possible): t[0] is never joined
static void *w_skip(void *a) { long i = (long)a; skip[i] = i; return NULL; } // RACE (possible): a continue may skip a join
static void *w_dw(void *a) { long i = (long)a; dw[i] = i; return NULL; }

int main(int argc, char **argv)
{
    (void)argv;
    pthread_t t[N], t2[N], t3[N], t4[N], t5[N];
    long s = 0;

    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, w_all, (void *)i);
    int j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        j++;
    }
    s += all[0] + all[1] + all[2]; // NORACE: all joined

    for (long i = 0; i < N; i++)
        pthread_create(&t2[i], NULL, w_short, (void *)i);
    int k = 0;
    while (k < N - 1) {
        pthread_join(t2[k], NULL);
        k++;
    }
    s += short_[N - 1];

    for (long i = 0; i < N; i++)
        pthread_create(&t3[i], NULL, w_late, (void *)i);
    int m = 1;
    while (m < N) {
        pthread_join(t3[m], NULL);
        m++;
    }
    s += late[0];

    for (long i = 0; i < N; i++)
        pthread_create(&t4[i], NULL, w_skip, (void *)i);
    int q = 0;
    while (q < N) {
        if (argc > 5 && q == 1) {
            q++;
            continue;
        }
        pthread_join(t4[q], NULL);
        q++;
    }
    s += skip[1];

    for (long i = 0; i < N; i++)
        pthread_create(&t5[i], NULL, w_dw, (void *)i);
    int r = 0;
    do {
        pthread_join(t5[r], NULL);
    } while (++r < N);
    s += dw[0] + dw[1] + dw[2]; // NORACE: all joined
    return (int)s;
}
