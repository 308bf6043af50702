/* TRUTH: free — a bit-field and an adjacent non-bit-field member are separate memory locations (C11 3.14), so writing tag and bits concurrently is not a race */
#include <pthread.h>

struct rec {
    unsigned char tag;
    unsigned char bits : 4;
};

struct rec r;

void *set_tag(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        r.tag = (unsigned char)i;
    return 0;
}

void *set_bits(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        r.bits = (unsigned char)(i & 0xf);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, set_tag, 0);
    pthread_create(&b, 0, set_bits, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return r.tag + r.bits;
}
