/* TRUTH: free — each job struct is allocated and filled by main before its create (fresh per thread), read by its worker (line 13), and scrubbed/freed by main (line 31) only after joining every worker; out[j->id] gets distinct ids. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#define N 3
struct job { int id; int n; };
static int out[N];

static void *worker(void *arg) {
    struct job *j = arg;
    out[j->id] = j->n * 2; // @A
    return NULL;
}

int main(void) {
    pthread_t t[N];
    struct job *jobs[N];
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        if (!j) return 1;
        j->id = i;
        j->n = i + 10;
        jobs[i] = j;
        pthread_create(&t[i], NULL, worker, j);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) {
        memset(jobs[i], 0, sizeof *jobs[i]); // @B
        free(jobs[i]);
    }
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
