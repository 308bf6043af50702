/* TRUTH: racy — q is moved to &arr[1] by STEP(q); t writes arr[1] (*q = 1) while main writes arr[1] (arr[1] = 2) unordered */
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
    arr[1] = 2;
    pthread_join(th, 0);
    return arr[0] + arr[1];
}
