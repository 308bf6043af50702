/* TRUTH: racy — both instances run a counted loop (bound 100*(id+1)) and then write g with no lock; the two writes (and main's later read is after joins) race with each other */
#include <pthread.h>
static long g;
static void *sum(void *arg)
{
    long id = (long)arg, s = 0;
    for (long i = 0; i <= 100 * (id + 1); i++)
        s += i;
    g = s;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    for (long k = 0; k < 2; k++)
        pthread_create(&t[k], NULL, sum, (void *)k);
    for (int k = 0; k < 2; k++)
        pthread_join(t[k], NULL);
    return (int)(g & 1);
}
