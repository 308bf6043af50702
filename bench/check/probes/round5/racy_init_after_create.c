/* TRUTH: racy - main fills the lookup table after starting the readers, which read it concurrently */
#include <pthread.h>
static int lut[256];
static void *reader(void *arg)
{
    unsigned s = 0;
    const unsigned char *msg = arg;
    for (int i = 0; msg[i]; i++)
        s += lut[msg[i]];
    return (void *)(unsigned long)s;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, "hello");
    pthread_create(&b, NULL, reader, "world");
    for (int i = 0; i < 256; i++)
        lut[i] = (i * 31) & 0xff;
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
