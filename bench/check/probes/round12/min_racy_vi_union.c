// racy: the loop clears the union member lo overlapping id after storing i: every id is 0, both threads write out[0].
#include <pthread.h>
union targ { int id; unsigned char lo; };
static int out[2];
static void *w(void *arg) { out[((union targ *)arg)->id] = 1; return NULL; }
int main(void)
{
    pthread_t t[2];
    union targ a[2];
    for (int i = 0; i < 2; i++) {
        a[i].id = i;
        a[i].lo = 0;
        pthread_create(&t[i], NULL, w, &a[i]);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
