/* TRUTH: race-free - main fills the lookup table completely before creating the readers, which only read it */
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
    for (int i = 0; i < 256; i++)
        lut[i] = (i * 31) & 0xff;
    pthread_t a, b;
    pthread_create(&a, NULL, reader, "hello");
    pthread_create(&b, NULL, reader, "world");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
