/* TRUTH: racy - the dispatcher's children are not joined by anyone; main joins the dispatcher and then reads slot[] the children may still write */
#include <pthread.h>
static int slot[3];
static void *child(void *arg)
{
    int *p = arg;
    *p = 7;
    return NULL;
}
static void *dispatcher(void *arg)
{
    (void)arg;
    pthread_t c[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&c[i], NULL, child, &slot[i]);
    for (int i = 0; i < 3; i++)
        pthread_detach(c[i]);
    return NULL;
}
int main(void)
{
    pthread_t d;
    pthread_create(&d, NULL, dispatcher, NULL);
    pthread_join(d, NULL);
    return slot[0] + slot[1] + slot[2];
}
