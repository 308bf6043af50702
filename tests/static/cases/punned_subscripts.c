// An array reached through a pointer of another element size: ((unsigned char *)arr)[5] is
// a byte of arr[1], not arr[5], and ((unsigned char *)arr)[1] one of arr[0]. Which element
// such an access reaches is not read here: some part of the array (possible), never
// element 5 nor element 1 for sure.
#include <pthread.h>

int arr[4];

static void *whole(void *x)
{
    arr[1] = 1; // RACE (possible)
    return x;
}

static void *bytes(void *x)
{
    ((unsigned char *)arr)[5] = 2; // RACE (possible)
    return x;
}

int main(void)
{
    pthread_t t, u;
    pthread_create(&t, NULL, whole, NULL);
    pthread_create(&u, NULL, bytes, NULL);
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    return arr[1];
}
