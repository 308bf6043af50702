/* TRUTH: free — t1 is given &arr[1] + 1 (== &arr[2]), t2 is given &arr[1]; each writes *(int *)p once: arr[2] and arr[1] are different objects. */
#include <pthread.h>
int arr[4];
void *w(void *p) { *(int *)p = 7; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, &arr[1] + 1);
    pthread_create(&y, 0, w, &arr[1]);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[1] + arr[2];
}
