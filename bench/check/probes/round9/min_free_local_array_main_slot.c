/* TRUTH: free. The worker writes arr[0] of main's local array while main writes arr[1]; distinct elements are distinct memory locations, and main reads arr[0] only after the join. */
#include <pthread.h>
static void *run(void *arg) { int *p = arg; *p = 1; return 0; }
int main(void)
{
    int arr[2];
    pthread_t a;
    pthread_create(&a, 0, run, &arr[0]);
    arr[1] = 5;
    pthread_join(a, 0);
    return arr[0] + arr[1];
}
