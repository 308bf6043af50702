/* TRUTH: free — q starts at &arr[0] and STEP(q) (nested macro for ((q)++)) moves it to &arr[1]; t writes arr[1], main writes arr[0]: different locations */
#include <pthread.h>
#define INC(v) ((v)++)
#define STEP(v) INC(v)
int arr[2];
void *t(void *a)
{
    (void)a;
    int *q = &arr[0];
    STEP(q);
    *q = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    arr[0] = 2;
    pthread_join(th, 0);
    return arr[0] + arr[1];
}
