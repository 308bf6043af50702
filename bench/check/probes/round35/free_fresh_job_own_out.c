/* TRUTH: free — job i's out points at outs[i]; each thread writes only outs[its i]; main reads after joining all. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
int outs[N];
struct job { int id; int *out; };
void *w(void *p) { struct job *j = p; *j->out += 1; return 0; }
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        struct job *j = malloc(sizeof *j);
        j->id = i;
        j->out = &outs[i];
        pthread_create(&t[i], 0, w, j);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return outs[0];
}
