/* TRUTH: free — t1 is given `arr` (&arr[0]) and t2 `&arr[1]`; w writes only *(int *)p: arr[0] vs arr[1]. */
#include <pthread.h>
int arr[4];
void *w(void *p) { *(int *)p = 7; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, arr);
    pthread_create(&y, 0, w, &arr[1]);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return arr[0];
}
