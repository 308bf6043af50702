// racy: the thread zeroes its id through a copy r of arg first: all threads write out[0].
#include <pthread.h>
static int out[2];
static void *w(void *arg)
{
    int *r = arg;
    *r = 0;
    out[*(int *)arg] = 1;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    int ids[2];
    for (int i = 0; i < 2; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, w, &ids[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
