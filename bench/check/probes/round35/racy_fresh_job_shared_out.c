/* TRUTH: racy — each thread gets its own malloc'd job, but every job->out points at the one global `total`; the threads' `*j->out += 1` are unordered writes of total. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
int total;
struct job { int id; int *out; };
void *w(void *p) { struct job *j = p; *j->out += 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        j->id = i;
        j->out = &total;
        pthread_create(&t[i], 0, w, j);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return total;
}
