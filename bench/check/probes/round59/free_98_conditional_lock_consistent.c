/* TRUTH: free — when o->shared is set the thread locks gm and writes the global tally; otherwise it only writes its own local_tally field; the shared tally is written only under gm on every path; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct opt { int shared; int local_tally; };

static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int tally;

static void *account(void *p)
{
    struct opt *o = p;
    for (int i = 0; i < 10; i++) {
        if (o->shared) {
            pthread_mutex_lock(&gm);
            tally++;
            pthread_mutex_unlock(&gm);
        } else {
            o->local_tally++;
        }
    }
    return NULL;
}

int main(void)
{
    struct opt o[3] = { { 1, 0 }, { 0, 0 }, { 1, 0 } };
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, account, &o[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", tally, o[1].local_tally);
    return 0;
}
